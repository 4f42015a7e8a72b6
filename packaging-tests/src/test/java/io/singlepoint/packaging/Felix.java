package io.singlepoint.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Installs a plugin jar in a real OSGi framework (Apache Felix) beside a bundle exporting what its Jira line exports,
 * and starts it: the start fails exactly when an import cannot be wired.
 */
final class Felix {

    private Felix() {
    }

    /** @return empty when the plugin resolves and starts; otherwise Felix's reason */
    static Optional<String> resolve(Path platformBundle, Path pluginJar, Path storage) {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "0");
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.start();
            install(framework, platformBundle).start();
            Bundle plugin = install(framework, pluginJar);
            plugin.start();
            return plugin.getState() == Bundle.ACTIVE
                    ? Optional.empty()
                    : Optional.of("bundle state " + plugin.getState() + " after start");
        } catch (BundleException e) {
            return Optional.of(e.getMessage());
        } finally {
            try {
                framework.stop();
                framework.waitForStop(10_000);
            } catch (BundleException | InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Felix did not stop", e);
            }
        }
    }

    private static Bundle install(Framework framework, Path jar) throws BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
