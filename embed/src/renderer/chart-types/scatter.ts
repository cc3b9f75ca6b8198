import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { scatterChartJsConfig } from '@notionchartkit/shared';
import { startChartPage } from '../chart-page';
import { chartDrawer } from '../draw-chart';

Chart.register(ScatterController, PointElement, LinearScale);
startChartPage(chartDrawer(scatterChartJsConfig));
