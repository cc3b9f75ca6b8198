export { launchChromium } from './launch-chromium';
