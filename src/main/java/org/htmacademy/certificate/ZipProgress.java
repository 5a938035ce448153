package org.htmacademy.certificate;

/** Told after each certificate written to a ZIP, e.g. to move a progress bar. */
@FunctionalInterface
public interface ZipProgress {

	void written(int done, int total);

}
