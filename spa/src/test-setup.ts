import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';
import { clearToasts } from './lib/toasts';

// jsdom has no 2D canvas: the chart canvas then draws nothing and the data table tells the data.
HTMLCanvasElement.prototype.getContext = () => null;

// jsdom has <dialog> without its modal methods; open and close are what the app relies on.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};

beforeEach(() => clearToasts());

// Route tests render whole pages; on a busy two-core machine a second is sometimes too short.
configure({ asyncUtilTimeout: 4_000 });
