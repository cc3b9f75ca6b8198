import { ArcElement, Chart, PieController } from 'chart.js';
import { circularChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

Chart.register(PieController, ArcElement);
startChartPage(chartDrawer((payload, env) => circularChartJsConfig(payload, 'pie', env)));
