package org.htmacademy.course;

/** What an import did with one course. */
public enum ImportOutcome {

	/** New or changed content: a new version is now live. */
	PUBLISHED,
	/** Same content as the live version: nothing written. */
	UNCHANGED,
	/** Errors in the files: nothing written, the previously published version (if any) stays live. */
	REJECTED

}
