package org.htmacademy.certificate.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the private key, or makes one and writes it so that no half-written or world-readable file ever exists. */
final class SigningKeyFile {

	/** NIST SP 800-57 keeps 2048-bit RSA only until 2030; credentials are checked for years after signing. */
	static final int KEY_SIZE = 3072;

	private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private SigningKeyFile() {
	}

	static RSAKey loadOrCreate(Path file) {
		if (Files.exists(file)) {
			warnIfOthersCanRead(file);
			return requirePrivate(PlatformSigningKey.read(file), file);
		}
		try {
			return create(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the signing key " + file, e);
		}
	}

	private static RSAKey create(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		boolean posix = Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView("posix");
		if (posix) {
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
		}
		else {
			Files.createDirectories(folder);
		}
		RSAKey key = generate();
		FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(folder, ".signing-key-", ".tmp", ownerOnly);
		try {
			Files.writeString(temporary, key.toJSONString());
			publish(temporary, file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		log.info("Created the credential signing key {}; back it up: credentials signed with it can only be "
				+ "verified while its public half is published", file);
		// another process may have won the race; everyone uses the key that is in the file
		return requirePrivate(PlatformSigningKey.read(file), file);
	}

	/** A hard link never replaces an existing key, unlike a rename. */
	private static void publish(Path temporary, Path file) throws IOException {
		try {
			Files.createLink(file, temporary);
		}
		catch (FileAlreadyExistsException e) {
			log.info("Signing key {} appeared meanwhile; using it", file);
		}
		catch (UnsupportedOperationException | FileSystemException e) {
			if (!Files.exists(file)) {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Cannot generate an RSA key", e);
		}
	}

	private static RSAKey requirePrivate(RSAKey key, Path file) {
		if (!key.isPrivate()) {
			throw new IllegalStateException("The signing key file " + file + " holds only a public key");
		}
		return key;
	}

	private static void warnIfOthersCanRead(Path file) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (permissions.contains(PosixFilePermission.GROUP_READ)
					|| permissions.contains(PosixFilePermission.OTHERS_READ)) {
				log.warn("The signing key {} can be read by others ({}); make it readable by its owner only", file,
						PosixFilePermissions.toString(permissions));
			}
		}
		catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system: nothing to check
		}
	}

	private static Path existingAncestor(Path folder) {
		Path existing = folder;
		while (!Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing;
	}

}
