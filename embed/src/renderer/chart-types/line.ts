import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { startChartPage } from '../chart-page';
import { drawChart } from '../draw-chart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
startChartPage(drawChart);
