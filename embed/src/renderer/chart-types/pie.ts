import { ArcElement, Chart, PieController } from 'chart.js';
import { startChartPage } from '../chart-page';
import { drawChart } from '../draw-chart';

Chart.register(PieController, ArcElement);
startChartPage(drawChart);
