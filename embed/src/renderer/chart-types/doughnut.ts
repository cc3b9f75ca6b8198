import { ArcElement, Chart, DoughnutController } from 'chart.js';
import { startChartPage } from '../chart-page';
import { drawChart } from '../draw-chart';

Chart.register(DoughnutController, ArcElement);
startChartPage(drawChart);
