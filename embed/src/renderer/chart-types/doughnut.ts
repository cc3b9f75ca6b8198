import { ArcElement, Chart, DoughnutController } from 'chart.js';
import { circularChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

Chart.register(DoughnutController, ArcElement);
startChartPage(chartDrawer((payload, env) => circularChartJsConfig(payload, 'doughnut', env)));
