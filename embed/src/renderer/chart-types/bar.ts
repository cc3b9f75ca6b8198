import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { cartesianChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
startChartPage(chartDrawer((payload, env) => cartesianChartJsConfig(payload, 'bar', env)));
