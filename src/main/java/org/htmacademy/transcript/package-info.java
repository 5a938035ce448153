/**
 * The learner's CE record across certificates: renewal rules per AAMI certification, the renewal tracker's
 * arithmetic, its chart, and transcript exports (CSV and PDF/A).
 */
@NullMarked
package org.htmacademy.transcript;

import org.jspecify.annotations.NullMarked;
