import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { cartesianChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

// A Chart.js line chart whose datasets fill down to the origin or to the one below.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler);
startChartPage(chartDrawer((payload, env) => cartesianChartJsConfig(payload, 'area', env)));
