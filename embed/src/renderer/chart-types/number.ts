import { startChartPage } from '../chart-page';

// A number chart is figures in the HTML: no Chart.js. Pages waiting for a first sync use it too.
startChartPage();
