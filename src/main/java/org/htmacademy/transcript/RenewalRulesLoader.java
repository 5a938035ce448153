package org.htmacademy.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads renewal rules from YAML: the file shipped in the application, or one an administrator supplies. Anything
 * wrong is reported with the file name and where in it, so an edited file can be fixed without reading code.
 */
public final class RenewalRulesLoader {

	public static final String DEFAULT_RESOURCE = "ce-renewal-rules.yml";

	private static final Set<String> ROOT_KEYS = Set.of("source", "category-sets", "certifications");

	private static final Set<String> SOURCE_KEYS = Set.of("title", "url", "checked");

	private static final Set<String> CERTIFICATION_KEYS = Set.of("code", "name", "period-years", "ceus-required",
			"anchor", "contact-hours-per-ceu", "course-category", "categories");

	private static final Set<String> CATEGORY_KEYS = Set.of("code", "name", "cap", "note");

	private RenewalRulesLoader() {
	}

	public static RenewalRules loadDefault() {
		try (InputStream in = RenewalRulesLoader.class.getResourceAsStream("/" + DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing from the classpath: " + DEFAULT_RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static RenewalRules load(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException e) {
			throw new RenewalRulesException("Renewal rules " + file + ": cannot be read (" + e + ")", e);
		}
		return parse(text, file.toString());
	}

	static RenewalRules parse(String yaml, String file) {
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException e) {
			throw new RenewalRulesException("Renewal rules " + file + ": not valid YAML: " + e.getMessage(), e);
		}
		YamlFields root = YamlFields.of(file, "", document);
		root.allowOnly(ROOT_KEYS);
		YamlFields sourceFields = YamlFields.of(file, "source", root.raw("source"));
		sourceFields.allowOnly(SOURCE_KEYS);
		RulesSource source = new RulesSource(sourceFields.text("title"), sourceFields.uri("url"),
				sourceFields.date("checked"));
		Map<?, ?> sets = root.raw("category-sets") == null ? Map.of()
				: YamlFields.of(file, "category-sets", root.raw("category-sets")).map();
		List<CertificationRules> certifications = new ArrayList<>();
		List<?> items = root.list("certifications");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			CertificationRules rules = certification(file, "certifications[" + i + "]", items.get(i), sets);
			if (!codes.add(rules.code())) {
				throw YamlFields.problem(file, "certifications[" + i + "]", "repeats the code " + rules.code());
			}
			certifications.add(rules);
		}
		return new RenewalRules(source, certifications);
	}

	private static CertificationRules certification(String file, String path, @Nullable Object item,
			Map<?, ?> sets) {
		YamlFields fields = YamlFields.of(file, path, item);
		fields.allowOnly(CERTIFICATION_KEYS);
		String code = fields.text("code");
		YamlFields named = new YamlFields(file, path + " (" + code + ")", fields.map());
		String name = named.text("name");
		int periodYears = named.positiveInteger("period-years");
		BigDecimal ceusRequired = named.positiveNumber("ceus-required");
		PeriodAnchor anchor = anchor(named);
		BigDecimal contactHoursPerCeu = named.positiveNumber("contact-hours-per-ceu");
		String courseCategory = named.text("course-category");
		List<CategoryRule> categories = categories(file, named, sets);
		if (categories.stream().noneMatch(c -> c.code().equals(courseCategory))) {
			throw named.problem("course-category", "is " + courseCategory + ", which is not one of its categories");
		}
		return new CertificationRules(code, name, periodYears, ceusRequired, anchor, contactHoursPerCeu,
				courseCategory, categories);
	}

	private static List<CategoryRule> categories(String file, YamlFields certification, Map<?, ?> sets) {
		Object value = certification.raw("categories");
		String path = certification.path() + ".categories";
		if (value instanceof String setName) {
			if (!sets.containsKey(setName)) {
				throw certification.problem("categories", "names the category set '" + setName
						+ "', which is not under category-sets");
			}
			value = sets.get(setName);
			path = "category-sets." + setName;
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw YamlFields.problem(file, path, "must be a non-empty list of categories or the name of a category "
					+ "set, not " + YamlFields.describe(value));
		}
		List<CategoryRule> categories = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			YamlFields fields = YamlFields.of(file, path + "[" + i + "]", list.get(i));
			fields.allowOnly(CATEGORY_KEYS);
			CategoryRule category = new CategoryRule(fields.text("code"), fields.text("name"), fields.cap("cap"),
					fields.optionalText("note"));
			if (!codes.add(category.code())) {
				throw fields.problem("repeats the category code " + category.code());
			}
			categories.add(category);
		}
		return categories;
	}

	private static PeriodAnchor anchor(YamlFields fields) {
		String name = fields.text("anchor");
		for (PeriodAnchor anchor : PeriodAnchor.values()) {
			if (anchor.yamlName().equals(name)) {
				return anchor;
			}
		}
		throw fields.problem("anchor", "must be certification-date or end-of-calendar-year, not '" + name + "'");
	}

}
