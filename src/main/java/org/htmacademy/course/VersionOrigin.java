package org.htmacademy.course;

/** Where a course version came from; an import of courses/ compares a folder with the last version it imported. */
public enum VersionOrigin {

	/** Imported from the course tree (courses/). */
	TREE,
	/** Published in the app, or uploaded as a ZIP. */
	APP

}
