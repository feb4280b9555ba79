// Loaded before every test file: elements under test start with the bundled catalogue in place,
// as on a page using the script-tag build. The lazy path is tested through the built npm modules.
import '../catalogue/use-bundled.js';
