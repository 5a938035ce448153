package org.htmacademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.htmacademy");

	@Test
	void views_never_reach_the_database() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..repository..", "org.htmacademy.jooq..", "org.jooq..", "javax.sql..",
					"org.springframework.jdbc..")
			.check(CLASSES);
	}

	@Test
	void only_services_call_repositories() {
		noClasses().that()
			.resideOutsideOfPackages("..repository..")
			.and()
			.areAnnotatedWith(Route.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..repository..")
			.check(CLASSES);
	}

	@Test
	void every_view_declares_who_may_open_it() {
		classes().that()
			.areAnnotatedWith(Route.class)
			.should()
			.beAnnotatedWith(AnonymousAllowed.class)
			.orShould()
			.beAnnotatedWith(PermitAll.class)
			.orShould()
			.beAnnotatedWith(RolesAllowed.class)
			.orShould()
			.beAnnotatedWith(DenyAll.class)
			.check(CLASSES);
	}

	@Test
	void features_are_free_of_cycles() {
		slices().matching("org.htmacademy.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void generated_jooq_code_is_used_only_by_repositories() {
		noClasses().that()
			.resideOutsideOfPackages("..repository..", "org.htmacademy.jooq..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.htmacademy.jooq..")
			.check(CLASSES);
	}

}
