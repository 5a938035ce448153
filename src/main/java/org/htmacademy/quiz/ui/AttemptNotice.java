package org.htmacademy.quiz.ui;

import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** A message carried from the attempt page to the results page it sends the learner to ("Time is up: ..."). */
final class AttemptNotice {

	private AttemptNotice() {
	}

	static void leave(UI ui, String message) {
		ComponentUtil.setData(ui, AttemptNotice.class.getName(), message);
	}

	static Optional<String> take(UI ui) {
		Object message = ComponentUtil.getData(ui, AttemptNotice.class.getName());
		ComponentUtil.setData(ui, AttemptNotice.class.getName(), null);
		return Optional.ofNullable((String) message);
	}

}
