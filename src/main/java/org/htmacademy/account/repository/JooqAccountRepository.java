package org.htmacademy.account.repository;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

@Repository
class JooqAccountRepository implements AccountRepository {

	private final DSLContext dsl;

	JooqAccountRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public long insert(String email, String passwordHash, String fullName, Set<Role> roles, Instant now) {
		long id = dsl.insertInto(APP_USER)
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.FULL_NAME, fullName)
			.set(APP_USER.CREATED_AT, toColumn(now))
			.returningResult(APP_USER.ID)
			.fetchSingle()
			.value1();
		insertRoles(id, roles);
		return id;
	}

	@Override
	public boolean existsByEmail(String email) {
		return dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email));
	}

	@Override
	public Optional<SignedInUser> findCredentials(String email) {
		return findCredentials(APP_USER.EMAIL.eq(email));
	}

	@Override
	public Optional<SignedInUser> findCredentials(long userId) {
		return findCredentials(APP_USER.ID.eq(userId));
	}

	private Optional<SignedInUser> findCredentials(Condition condition) {
		return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FULL_NAME, APP_USER.PASSWORD_HASH, APP_USER.ENABLED,
				APP_USER.LOCKED_UNTIL, rolesOf())
			.from(APP_USER)
			.where(condition)
			.fetchOptional(r -> new SignedInUser(r.value1(), r.value2(), r.value3(), r.value4(), r.value7(), r.value5(),
					fromColumn(r.value6())));
	}

	@Override
	public Optional<UserAccount> findById(long userId) {
		return selectAccounts().where(APP_USER.ID.eq(userId)).fetchOptional(this::toAccount);
	}

	@Override
	public List<UserAccount> findAll(String search) {
		Condition condition = DSL.noCondition();
		if (search != null && !search.isBlank()) {
			String like = "%" + search.strip().toLowerCase() + "%";
			condition = APP_USER.EMAIL.likeIgnoreCase(like).or(APP_USER.FULL_NAME.likeIgnoreCase(like));
		}
		return selectAccounts().where(condition).orderBy(APP_USER.FULL_NAME, APP_USER.ID).fetch(this::toAccount);
	}

	private org.jooq.SelectJoinStep<? extends Record> selectAccounts() {
		return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FULL_NAME, APP_USER.ENABLED, APP_USER.CREATED_AT,
				APP_USER.LAST_LOGIN_AT, APP_USER.LOCKED_UNTIL, APP_USER.VERSION, rolesOf().as("roles"))
			.from(APP_USER);
	}

	@SuppressWarnings("unchecked")
	private UserAccount toAccount(Record r) {
		return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.EMAIL), r.get(APP_USER.FULL_NAME),
				(Set<Role>) r.get("roles"), r.get(APP_USER.ENABLED), fromColumn(r.get(APP_USER.CREATED_AT)),
				fromColumn(r.get(APP_USER.LAST_LOGIN_AT)), fromColumn(r.get(APP_USER.LOCKED_UNTIL)),
				r.get(APP_USER.VERSION));
	}

	private static Field<Set<Role>> rolesOf() {
		return multiset(select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID)))
			.convertFrom(result -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				result.forEach(r -> roles.add(Role.valueOf(r.value1())));
				return roles;
			});
	}

	@Override
	public Optional<String> passwordHashIfEnabled(long userId) {
		return dsl.select(APP_USER.PASSWORD_HASH)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId).and(APP_USER.ENABLED.isTrue()))
			.fetchOptional(APP_USER.PASSWORD_HASH);
	}

	@Override
	public boolean anyWithRole(Role role) {
		return dsl.fetchExists(USER_ROLE, USER_ROLE.ROLE.eq(role.name()));
	}

	@Override
	public int lockAndCountEnabledWithRole(Role role) {
		// a locking read sees the latest committed rows, not the transaction's snapshot, and waits for a
		// transaction that is changing them
		return dsl.select(APP_USER.ID)
			.from(USER_ROLE)
			.join(APP_USER)
			.on(APP_USER.ID.eq(USER_ROLE.USER_ID))
			.where(USER_ROLE.ROLE.eq(role.name()).and(APP_USER.ENABLED.isTrue()))
			.forUpdate()
			.fetch()
			.size();
	}

	@Override
	public void updateFullName(long userId, String fullName) {
		dsl.update(APP_USER)
			.set(APP_USER.FULL_NAME, fullName)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(userId))
			.execute();
	}

	@Override
	public void updatePasswordHash(long userId, String passwordHash) {
		dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(userId)).execute();
	}

	@Override
	public boolean updateRolesAndEnabled(long userId, Set<Role> roles, boolean enabled, int expectedVersion) {
		int updated = dsl.update(APP_USER)
			.set(APP_USER.ENABLED, enabled)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(userId).and(APP_USER.VERSION.eq(expectedVersion)))
			.execute();
		if (updated == 0) {
			return false;
		}
		dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
		insertRoles(userId, roles);
		return true;
	}

	private void insertRoles(long userId, Set<Role> roles) {
		var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
		for (Role role : roles) {
			insert = insert.values(userId, role.name());
		}
		if (!roles.isEmpty()) {
			insert.execute();
		}
	}

	@Override
	public boolean recordFailedLogin(String email, int maxFailures, Instant lockUntil) {
		// one statement, so concurrent failures cannot both read the old count
		return dsl.update(APP_USER)
			.set(APP_USER.LOCKED_UNTIL,
					DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(maxFailures), DSL.val(toColumn(lockUntil)))
						.otherwise(APP_USER.LOCKED_UNTIL))
			.set(APP_USER.FAILED_LOGINS,
					DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(maxFailures), DSL.inline(0))
						.otherwise(APP_USER.FAILED_LOGINS.plus(1)))
			.where(APP_USER.EMAIL.eq(email))
			.execute() > 0;
	}

	@Override
	public void recordSuccessfulLogin(long userId, Instant now) {
		dsl.update(APP_USER)
			.set(APP_USER.FAILED_LOGINS, 0)
			.setNull(APP_USER.LOCKED_UNTIL)
			.set(APP_USER.LAST_LOGIN_AT, toColumn(now))
			.where(APP_USER.ID.eq(userId))
			.execute();
	}

}
