import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { startChartPage } from '../chart-page';
import { drawChart } from '../draw-chart';

Chart.register(ScatterController, PointElement, LinearScale);
startChartPage(drawChart);
