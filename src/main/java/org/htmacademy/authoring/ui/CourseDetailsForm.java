package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.course.content.ContentHours;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/**
 * The course file's details as a form. Values go into course.yml as typed; the validator of the command line says
 * what is wrong, and its messages are shown on the fields they concern.
 */
class CourseDetailsForm extends Div {

	final TextField title = new TextField("Title");

	final TextField version = new TextField("Version label");

	final Select<Track> track = new Select<>();

	final Select<Level> level = new Select<>();

	final TextArea summary = new TextArea("Summary");

	final TextArea objectives = new TextArea("Learning objectives");

	final NumberField ceHours = new NumberField("CE contact hours");

	final TextArea areas = new TextArea("Certification areas");

	final TextArea prerequisites = new TextArea("Prerequisites");

	final TextArea authors = new TextArea("Authors");

	final TextArea references = new TextArea("References");

	final Checkbox lessonsRead = new Checkbox("Learners complete the course by reading every lesson");

	final Checkbox finalQuizPassed = new Checkbox("… and by passing the final exam");

	final Checkbox certificate = new Checkbox("Completing the course issues a CE certificate");

	final IntegerField seatMinutes = new IntegerField("Minimum seat time (minutes)");

	final Paragraph completionProblems = new Paragraph();

	/** The rule of docs/ce-hours.md, under the CE hours field. */
	final Span rule = new Span();

	/** The CE hours the saved content supports, kept up to date as the hours are typed. */
	final Paragraph supported = new Paragraph();

	private Optional<ContentHours> content = Optional.empty();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	CourseDetailsForm() {
		addClassName("course-details");
		title.setHelperText("As printed on the certificate.");
		version.setHelperText("Your own label, e.g. 1.2.0; the platform numbers versions itself.");
		track.setLabel("Track");
		track.setItems(Track.values());
		track.setItemLabelGenerator(Track::label);
		level.setLabel("Level");
		level.setItems(Level.values());
		level.setItemLabelGenerator(Level::label);
		summary.setHelperText("One paragraph for the catalog.");
		objectives.setHelperText("One per line, each starting with a verb a reviewer can assess (Explain…, Record…).");
		rule.setText("A multiple of 0.25, at most what the content supports: lessons read at "
				+ ContentHours.WORDS_PER_MINUTE + " words a minute, plus " + ContentHours.MINUTES_PER_QUESTION
				+ " minute per quiz question presented (a quiz's draw, not all its questions), plus the stated "
				+ "minutes of hands-on skills, rounded down to a quarter hour.");
		ceHours.setHelperComponent(new Div(rule, supported));
		ceHours.setValueChangeMode(ValueChangeMode.EAGER);
		ceHours.addValueChangeListener(e -> showSupported());
		supported.setId("course-ce-hours-supported");
		supported.addClassName("ce-hours-supported");
		ceHours.setStep(0.25);
		ceHours.setMin(0);
		ceHours.setStepButtonsVisible(true);
		areas.setHelperText("One per line: CBET, CHTM, CRES or CLES, a colon, then the content domains separated "
				+ "by semicolons.");
		prerequisites.setHelperText("Ids of courses to finish first, one per line.");
		authors.setHelperText("One per line: name; credentials (credentials are optional).");
		references.setHelperText("Primary sources, one per line, named precisely (organisation, number, year, title).");
		seatMinutes.setHelperText("Active study a learner needs before the final exam opens and the certificate "
				+ "issues. Leave empty for the default, half the CE hours; 0 for none.");
		seatMinutes.setMin(0);
		seatMinutes.setId("course-seat-minutes");
		completionProblems.addClassName("field-problem");
		completionProblems.setVisible(false);
		fields.putAll(Map.of("title", title, "version", version, "track", track, "level", level, "summary", summary,
				"objectives", objectives, "ceHours", ceHours, "certificationAreas", areas, "prerequisites",
				prerequisites, "authors", authors));
		fields.put("references", references);
		fields.put("minimumSeatMinutes", seatMinutes);
		FormLayout form = new FormLayout(title, track, level, version, ceHours, summary, objectives, areas, authors,
				prerequisites, references);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		List.of(title, summary, objectives, areas, references).forEach(field -> form.setColspan(field, 2));
		title.setId("course-title");
		summary.setId("course-summary");
		objectives.setId("course-objectives");
		ceHours.setId("course-ce-hours");
		areas.setId("course-areas");
		references.setId("course-references");
		Div completion = new Div(lessonsRead, finalQuizPassed, certificate, seatMinutes, completionProblems);
		completion.addClassName("completion-rules");
		add(form, completion);
		showSupported();
	}

	/** The content's hours from the last check of the saved draft; empty while the content cannot be counted. */
	void showContentHours(Optional<ContentHours> hours) {
		content = hours;
		showSupported();
	}

	private void showSupported() {
		supported.removeClassName("field-problem");
		if (content.isEmpty()) {
			supported.setText("The CE hours the content supports are counted once every lesson and quiz reads "
					+ "without errors.");
			return;
		}
		ContentHours hours = content.get();
		String most = plain(hours.supportedHours());
		String text = "The content supports up to " + most + " CE hours: " + hours.explanation()
				+ ", rounded down to a quarter hour.";
		Double typed = ceHours.getValue();
		if (typed != null && BigDecimal.valueOf(typed).compareTo(hours.supportedHours()) > 0) {
			text = "More than the content supports. " + text + (hours.supportedHours().signum() == 0
					? " A quarter hour of CE credit needs 15 minutes of content: add lessons or quiz questions."
					: " Lower the CE hours to " + most + " or less, or add lessons or quiz questions.");
			supported.addClassName("field-problem");
		}
		supported.setText(text);
	}

	private static String plain(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

	void show(CourseOutline course) {
		title.setValue(course.title());
		version.setValue(course.version());
		track.setValue(course.track());
		level.setValue(course.level());
		summary.setValue(course.summary());
		objectives.setValue(String.join("\n", course.objectives()));
		ceHours.setValue(course.ceHours() == null ? null : course.ceHours().doubleValue());
		areas.setValue(String.join("\n", course.certificationAreas()
			.stream()
			.map(area -> area.certification() + ": " + String.join("; ", area.domains()))
			.toList()));
		prerequisites.setValue(String.join("\n", course.prerequisites()));
		authors.setValue(String.join("\n", course.authors()
			.stream()
			.map(author -> author.credentials().isBlank() ? author.name() : author.name() + "; " + author.credentials())
			.toList()));
		references.setValue(String.join("\n", course.references()));
		lessonsRead.setValue(course.lessonsRead());
		finalQuizPassed.setValue(course.finalQuizPassed());
		certificate.setValue(course.certificate());
		seatMinutes.setValue(course.minimumSeatMinutes());
	}

	/** The outline with this form's values; its modules and final exam as they are. */
	CourseOutline applyTo(CourseOutline course) {
		return new CourseOutline(course.id(), title.getValue().strip(), version.getValue().strip(), track.getValue(),
				level.getValue(), summary.getValue().strip(), lines(objectives), hours(), areas(),
				lines(prerequisites), authors(), lines(references), lessonsRead.getValue(), finalQuizPassed.getValue(),
				certificate.getValue(), course.modules(), course.finalQuiz(), seatMinutes.getValue());
	}

	void onChange(Runnable changed) {
		List<HasValue<?, ?>> all = List.of(title, version, track, level, summary, objectives, ceHours, areas,
				prerequisites, authors, references, lessonsRead, finalQuizPassed, certificate, seatMinutes);
		all.forEach(field -> field.addValueChangeListener(e -> {
			if (e instanceof AbstractField.ComponentValueChangeEvent<?, ?> event && event.isFromClient()) {
				changed.run();
			}
		}));
	}

	/** Messages by outline key; the keys of this form's fields are shown on them, the rest ignored. */
	void showProblems(Map<String, List<String>> messages) {
		fields.forEach((key, field) -> {
			List<String> mine = messages.getOrDefault(key, List.of());
			field.setInvalid(!mine.isEmpty());
			field.setErrorMessage(mine.isEmpty() ? null : String.join(" · ", mine));
		});
		List<String> completion = new ArrayList<>(messages.getOrDefault("completion", List.of()));
		completion.addAll(messages.getOrDefault("certificate", List.of()));
		completionProblems.setText(String.join(" · ", completion));
		completionProblems.setVisible(!completion.isEmpty());
	}

	/** Puts the cursor in the field of an outline key, if this form has it. */
	boolean focus(String key) {
		if (fields.get(key) instanceof Focusable<?> field) {
			field.focus();
			return true;
		}
		return false;
	}

	private BigDecimal hours() {
		return ceHours.getValue() == null ? null : BigDecimal.valueOf(ceHours.getValue()).stripTrailingZeros();
	}

	private List<Area> areas() {
		return lines(areas).stream().map(line -> {
			int colon = line.indexOf(':');
			String certification = colon < 0 ? line : line.substring(0, colon).strip();
			List<String> domains = colon < 0 ? List.of()
					: Arrays.stream(line.substring(colon + 1).split(";")).map(String::strip)
						.filter(domain -> !domain.isEmpty())
						.toList();
			return new Area(certification, domains);
		}).toList();
	}

	private List<Author> authors() {
		return lines(authors).stream().map(line -> {
			int semicolon = line.indexOf(';');
			return semicolon < 0 ? new Author(line, "")
					: new Author(line.substring(0, semicolon).strip(), line.substring(semicolon + 1).strip());
		}).toList();
	}

	private static List<String> lines(TextArea area) {
		return area.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
