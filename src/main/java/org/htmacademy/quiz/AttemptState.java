package org.htmacademy.quiz;

public enum AttemptState {

	IN_PROGRESS, FINISHED

}
