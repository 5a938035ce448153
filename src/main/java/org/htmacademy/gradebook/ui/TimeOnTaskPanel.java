package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.htmacademy.gradebook.CompleterTime;

/**
 * How long completers were really active next to the contact hours the course claims, per version, with a warning
 * when enough of them took much less: the claim may not hold up in front of an accreditor.
 */
final class TimeOnTaskPanel extends Section {

	TimeOnTaskPanel(List<CompleterTime> versions) {
		addClassNames("card", "time-on-task");
		setId("time-on-task");
		add(new H2("Time on task"));
		if (versions.isEmpty()) {
			add(new Paragraph("No learner has completed this course with a certificate yet, so there is no active "
					+ "time to compare with its contact hours."));
			return;
		}
		for (CompleterTime version : versions) {
			Paragraph line = new Paragraph("Version " + version.versionNumber() + " (" + version.versionLabel()
					+ ") claims " + hours(version.claimedHours()) + ". " + completers(version.completers())
					+ ": median active time " + duration(version.median()) + ", middle half "
					+ duration(version.lowerQuartile()) + " to " + duration(version.upperQuartile()) + ".");
			line.addClassName("time-on-task-line");
			line.setId("time-on-task-v" + version.versionNumber());
			add(line);
			if (version.warning()) {
				Paragraph warning = new Paragraph("Warning: half of the " + version.completers()
						+ " completers of version " + version.versionNumber() + " were active for less than "
						+ duration(version.median()) + ", under " + CompleterTime.WARN_BELOW_PERCENT
						+ " % of the " + hours(version.claimedHours())
						+ " claimed. Review the contact hours or the minimum seat time.");
				warning.addClassName("time-on-task-warning");
				warning.setId("time-on-task-warning-v" + version.versionNumber());
				add(warning);
			}
		}
		if (versions.stream().allMatch(v -> v.completers() < CompleterTime.MIN_COMPLETERS)) {
			add(new Paragraph("The time is compared with the claim from " + CompleterTime.MIN_COMPLETERS
					+ " completers on."));
		}
	}

	private static String completers(int n) {
		return n == 1 ? "1 completer" : n + " completers";
	}

	/** "1 h 05 min", "42 min", "under a minute". */
	static String duration(Optional<Integer> seconds) {
		if (seconds.isEmpty()) {
			return Figures.NONE;
		}
		int minutes = seconds.get() / 60;
		if (minutes == 0) {
			return "under a minute";
		}
		return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
	}

	private static String hours(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString()
				+ (hours.compareTo(BigDecimal.ONE) == 0 ? " contact hour" : " contact hours");
	}

}
