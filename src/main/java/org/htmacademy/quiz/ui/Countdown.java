package org.htmacademy.quiz.ui;

import java.time.Duration;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The time left, counted down in the browser from the server's remaining time (no server round trip per second;
 * the browser's own clock is not trusted for the deadline itself). Warns at 5 minutes and 1 minute, and tells the
 * server when it reaches zero; the server then decides whether time is really up.
 */
final class Countdown extends Div {

	private static final String SCRIPT = """
			const box = this, left = $0, clock = box.querySelector('.countdown-time'),
				warning = box.querySelector('.countdown-warning'), endAt = Date.now() + left;
			let warned5 = false, warned1 = false;
			const text = ms => {
				const s = Math.max(0, Math.ceil(ms / 1000)), h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60);
				const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
				return (h > 0 ? h + ':' : '') + mm + ':' + String(s % 60).padStart(2, '0');
			};
			const tick = () => {
				const remaining = endAt - Date.now();
				clock.textContent = text(remaining);
				if (!warned5 && remaining <= 300000) {
					warned5 = true;
					box.classList.add('countdown-low');
					warning.textContent = 'Less than 5 minutes left. Your answers are saved as you go.';
				}
				if (!warned1 && remaining <= 60000) {
					warned1 = true;
					warning.textContent = 'Less than 1 minute left. When time is up, the attempt is submitted with your saved answers.';
				}
				if (remaining <= 0) {
					clearInterval(box._countdown);
					box._countdown = null;
					box.$server.timeUp();
				}
			};
			clearInterval(box._countdown);
			box._countdown = setInterval(tick, 250);
			tick();
			""";

	private final Span time = new Span();

	private final Span warning = new Span();

	private Runnable onTimeUp = () -> {
	};

	private Duration remaining = Duration.ZERO;

	Countdown() {
		setId("countdown");
		addClassName("countdown");
		Span label = new Span("Time left ");
		label.addClassName("countdown-label");
		time.addClassName("countdown-time");
		time.getElement().setAttribute("role", "timer");
		warning.addClassName("countdown-warning");
		warning.getElement().setAttribute("aria-live", "assertive");
		add(label, time, warning);
		addAttachListener(event -> run());
	}

	/** Counts down from {@code left}, starting again if already running. */
	void start(Duration left) {
		remaining = left.isNegative() ? Duration.ZERO : left;
		time.setText(format(remaining));
		if (isAttached()) {
			run();
		}
	}

	void onTimeUp(Runnable listener) {
		onTimeUp = listener;
	}

	@ClientCallable
	void timeUp() {
		onTimeUp.run();
	}

	private void run() {
		getElement().executeJs(SCRIPT, remaining.toMillis());
	}

	static String format(Duration left) {
		long seconds = (left.toMillis() + 999) / 1000;
		long hours = seconds / 3600;
		long minutes = seconds % 3600 / 60;
		String mm = hours > 0 ? String.format("%02d", minutes) : String.valueOf(minutes);
		return (hours > 0 ? hours + ":" : "") + mm + ":" + String.format("%02d", seconds % 60);
	}

}
