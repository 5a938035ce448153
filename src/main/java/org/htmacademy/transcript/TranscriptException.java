package org.htmacademy.transcript;

/** A transcript request that cannot be carried out; the message is safe to show the learner. */
public class TranscriptException extends RuntimeException {

	public TranscriptException(String message) {
		super(message);
	}

}
