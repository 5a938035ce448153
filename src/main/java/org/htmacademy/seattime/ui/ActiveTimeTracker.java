package org.htmacademy.seattime.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import org.htmacademy.seattime.SeatTimeService;
import org.htmacademy.seattime.SeatTimeSettings;
import org.htmacademy.seattime.Visit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the learner's active time on a page in the browser and reports it in batches: a second counts while the
 * page is visible, the window has focus and there was input (mouse, keys, touch, scrolling) within the idle limit.
 * The browser reports every report interval, and at once on a click (so time reaches the server before the click
 * navigates away), when the page is hidden and when it is left; never once per second. The server clamps each
 * report ({@link SeatTimeService#report}).
 */
public final class ActiveTimeTracker extends Div {

	private static final Logger log = LoggerFactory.getLogger(ActiveTimeTracker.class);

	static final String SCRIPT = """
			const box = this, reportMs = $0, idleMs = $1;
			if (box._activeTime) {
				box._activeTime.stop();
			}
			let pending = 0, last = Date.now(), lastInput = last;
			const active = () => !document.hidden && document.hasFocus() && Date.now() - lastInput < idleMs;
			const tick = () => {
				const now = Date.now();
				if (active()) {
					pending += Math.min(now - last, 2000);
				}
				last = now;
			};
			const report = () => {
				tick();
				const seconds = Math.floor(pending / 1000);
				if (seconds >= 1 && box.isConnected) {
					pending -= seconds * 1000;
					box.$server.report(seconds);
				}
			};
			const input = () => {
				tick();
				lastInput = Date.now();
			};
			const back = () => {
				last = Date.now();
				lastInput = last;
			};
			const visibility = () => document.hidden ? report() : back();
			const inputs = ['mousemove', 'mousedown', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];
			inputs.forEach(type => document.addEventListener(type, input, { capture: true, passive: true }));
			document.addEventListener('visibilitychange', visibility);
			document.addEventListener('click', report, true);
			window.addEventListener('focus', back);
			window.addEventListener('pagehide', report);
			const ticker = setInterval(() => box.isConnected ? tick() : stop(), 1000);
			const reporter = setInterval(report, reportMs);
			const stop = () => {
				clearInterval(ticker);
				clearInterval(reporter);
				inputs.forEach(type => document.removeEventListener(type, input, { capture: true }));
				document.removeEventListener('visibilitychange', visibility);
				document.removeEventListener('click', report, true);
				window.removeEventListener('focus', back);
				window.removeEventListener('pagehide', report);
				box._activeTime = null;
			};
			box._activeTime = { stop, report };
			""";

	private final SeatTimeService seatTime;

	private final SeatTimeSettings settings;

	private Visit visit;

	public ActiveTimeTracker(SeatTimeService seatTime, SeatTimeSettings settings) {
		this.seatTime = seatTime;
		this.settings = settings;
		setId("active-time");
		getElement().setAttribute("hidden", true);
		addAttachListener(event -> start());
	}

	/** Records the page's time on {@code opened} from now on; time reported before this went to the page before. */
	public void track(Supplier<Visit> opened) {
		try {
			visit = opened.get();
		}
		catch (RuntimeException notRecorded) {
			visit = null;
			log.warn("Active time is not recorded on this page: {}", notRecorded.getMessage());
		}
	}

	/** What the browser measured since its last report, in whole seconds. */
	@ClientCallable
	public void report(int seconds) {
		if (visit == null) {
			return;
		}
		try {
			visit = seatTime.report(visit, seconds);
		}
		catch (RuntimeException failed) {
			// never break the page over a lost minute; the next report counts again
			log.warn("Could not record {} s of active time", seconds, failed);
		}
	}

	/** Seconds credited to the page now tracked. */
	public int creditedSeconds() {
		return visit == null ? 0 : visit.creditedSeconds();
	}

	private void start() {
		getElement().executeJs(SCRIPT, settings.reportInterval().toMillis(), settings.idleAfter().toMillis());
	}

}
