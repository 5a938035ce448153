package org.htmacademy.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The one account of the embedded MariaDB. Its password is generated at the first start and kept in a file only
 * the user running the app can read, next to the data; nobody else on the machine can connect (DD018).
 */
public record EmbeddedCredentials(String user, String password) {

	static final String USER = "htm";

	static final String FILE_NAME = "credentials.properties";

	public EmbeddedCredentials {
		if (!user.matches("[a-z_]+") || !password.matches("[A-Za-z0-9_-]{20,}")) {
			throw new IllegalArgumentException("malformed embedded database credentials");
		}
	}

	static EmbeddedCredentials readOrCreate(Path directory) {
		Path file = directory.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			EmbeddedCredentials created = new EmbeddedCredentials(USER,
					Base64.getUrlEncoder().withoutPadding().encodeToString(random));
			created.write(file);
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the embedded database credentials in " + file, ex);
		}
	}

	private static EmbeddedCredentials read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		return new EmbeddedCredentials(properties.getProperty("user", USER), properties.getProperty("password", ""));
	}

	private void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path fresh = file.resolveSibling(FILE_NAME + ".new");
		Files.deleteIfExists(fresh);
		OwnerOnly.createFile(fresh);
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		try (Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.ISO_8859_1)) {
			properties.store(writer, "HTM Academy embedded MariaDB account; readable by its owner only");
		}
		Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** MariaDB's mysql_native_password hash, so the password itself never reaches a file the server reads. */
	String nativePasswordHash() {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
			return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "EmbeddedCredentials[user=" + user + ", password=(hidden)]";
	}

	/** Files and folders that only the account running the app may open. */
	static final class OwnerOnly {

		private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

		private OwnerOnly() {
		}

		static void createFile(Path file) throws IOException {
			if (POSIX) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
		}

		static void restrictFolder(Path folder) throws IOException {
			Files.createDirectories(folder);
			if (POSIX) {
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			}
		}

	}

}
