// Placeholder entry for `/review/CODE` and `/shared/TOKEN` until the REVIEW engineer replaces it.
// Must not import Phaser statically.
const app = document.getElementById('app');
if (app) app.textContent = 'The review page is not built yet.';
