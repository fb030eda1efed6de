/** Prints the skip lines after jest's summary (see skip-reporter.js). */
module.exports = require('./skip-reporter').printSkips;
