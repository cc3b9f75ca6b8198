import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { startChartPage } from '../chart-page';
import { drawChart } from '../draw-chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
startChartPage(drawChart);
