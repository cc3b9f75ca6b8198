import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { cartesianChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
startChartPage(chartDrawer((payload, env) => cartesianChartJsConfig(payload, 'line', env)));
