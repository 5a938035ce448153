package org.htmacademy.account;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two administrators take each other's administrator role at the same moment. The first change holds its
 * transaction open until the second has had every chance to run into it; the platform must keep one administrator
 * and tell the second one why its change was refused.
 *
 * The rule counts every enabled administrator, and the shared test database holds others (demo accounts, other
 * tests'), so for the few seconds of the test they are disabled and then enabled again. Test classes run one after
 * the other, and the database is emptied at the start of every run. Both are administrators only (not learners too):
 * AccountServiceTest turns every other administrator into a learner with one UPDATE of their role rows.
 */
@HtmSpringTest
@Import(SignIn.class)
class AdministratorRaceTest {

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	List<Long> setAside;

	UserAccount ada;

	UserAccount bo;

	@BeforeEach
	void exactlyTwoEnabledAdministrators() {
		ada = accounts.create(AccountServiceTest.uniqueEmail("ada"), "correct horse battery", "Ada Admin",
				EnumSet.of(Role.ADMIN));
		bo = accounts.create(AccountServiceTest.uniqueEmail("bo"), "correct horse battery", "Bo Admin",
				EnumSet.of(Role.ADMIN));
		setAside = jdbc.queryForList("""
				select u.id from app_user u join user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id not in (?, ?)""", Long.class, ada.id(), bo.id());
		setAside.forEach(id -> jdbc.update("update app_user set enabled = false where id = ?", id));
	}

	@AfterEach
	void otherAdministratorsBack() {
		signIn.out();
		setAside.forEach(id -> jdbc.update("update app_user set enabled = true where id = ?", id));
	}

	@Test
	void two_administrators_removing_each_others_role_at_once_leave_one_and_the_second_is_told_why()
			throws Exception {
		CountDownLatch firstChanged = new CountDownLatch(1);
		AtomicReference<CompletableFuture<?>> second = new AtomicReference<>();

		CompletableFuture<UserAccount> first = CompletableFuture.supplyAsync(() -> {
			signIn.as(ada.email());
			try {
				return transaction.execute(status -> {
					UserAccount changed = accounts.updateAccess(bo.id(), EnumSet.of(Role.LEARNER), true, bo.version());
					firstChanged.countDown();
					waitAWhileFor(second);
					return changed;
				});
			}
			finally {
				signIn.out();
			}
		});
		assertThat(firstChanged.await(30, TimeUnit.SECONDS)).isTrue();
		second.set(CompletableFuture.supplyAsync(() -> {
			signIn.as(bo.email());
			try {
				return accounts.updateAccess(ada.id(), EnumSet.of(Role.LEARNER), true, ada.version());
			}
			finally {
				signIn.out();
			}
		}));

		assertThat(first.get(30, TimeUnit.SECONDS).roles()).containsExactly(Role.LEARNER);
		assertThat(refusal(second.get())).isInstanceOf(AccountException.class)
			.hasMessage("At least one enabled administrator must remain.");
		assertThat(jdbc.queryForObject("""
				select count(*) from app_user u join user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id in (?, ?)""", Integer.class, ada.id(), bo.id()))
			.isOne();
	}

	private static Throwable refusal(CompletableFuture<?> change) throws Exception {
		try {
			change.get(30, TimeUnit.SECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
	}

	/** Until the second change has finished, or, when it waits for this one's locks, for two seconds. */
	static void waitAWhileFor(AtomicReference<CompletableFuture<?>> second) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		while (second.get() == null && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		if (second.get() != null) {
			try {
				second.get().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException stillWaiting) {
				// it waits for this transaction: commit now and let it go on
			}
			catch (Exception failed) {
				// the assertions report it
			}
		}
	}

}
