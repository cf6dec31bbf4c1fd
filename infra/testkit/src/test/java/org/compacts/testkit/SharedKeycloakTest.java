package org.compacts.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SharedKeycloakTest {

	@TempDir
	Path checkout;

	@Test
	void theReactorRootIsTheNearestFolderUpwardWithTheWrapper() throws IOException {
		Files.createFile(this.checkout.resolve("mvnw"));
		Path module = Files.createDirectories(this.checkout.resolve("infra/testkit"));

		assertThat(SharedKeycloak.reactorRoot(null, module)).contains(this.checkout);
		assertThat(SharedKeycloak.reactorRoot("", this.checkout)).contains(this.checkout);
	}

	@Test
	void theFolderMavenNamesWins() throws IOException {
		Path other = Files.createDirectories(this.checkout.resolve("other"));

		assertThat(SharedKeycloak.reactorRoot(other.toString(), this.checkout)).contains(other);
	}

	@Test
	void twoCheckoutsHaveTwoRoots() throws IOException {
		Path first = Files.createDirectories(this.checkout.resolve("first/tenant-service"));
		Path second = Files.createDirectories(this.checkout.resolve("second/tenant-service"));
		Files.createFile(this.checkout.resolve("first/mvnw"));
		Files.createFile(this.checkout.resolve("second/mvnw"));

		assertThat(SharedKeycloak.reactorRoot(null, first)).contains(this.checkout.resolve("first"));
		assertThat(SharedKeycloak.reactorRoot(null, second)).contains(this.checkout.resolve("second"));
	}

	@Test
	void withoutWrapperOrMavenThereIsNoRoot() throws IOException {
		Path nowhere = Files.createDirectories(this.checkout.resolve("a/b"));

		assertThat(SharedKeycloak.reactorRoot("/no/such/folder", nowhere)).isEmpty();
	}

	@Test
	void mavenIsKnownByItsLauncher() {
		assertThat(SharedKeycloak.isMaven("/usr/lib/jvm/java-17/bin/java -classpath /opt/maven/boot/plexus-classworlds"
				+ ".jar -Dmaven.multiModuleProjectDirectory=/w org.codehaus.plexus.classworlds.launcher.Launcher verify"))
			.isTrue();
		assertThat(SharedKeycloak.isMaven("/usr/bin/java -jar surefirebooter.jar")).isFalse();
		assertThat(SharedKeycloak.isMaven("/bin/sh -c cd /w && java -jar x.jar")).isFalse();
	}

}
