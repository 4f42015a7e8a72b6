package io.singlepoint.testkit.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh in-memory database per test, with the given entities migrated, named as Jira's Active Objects names them
 * ({@code AO_<6 hex>_TABLE}, upper-case underscored columns). Register it in a test class:
 * <pre>
 * &#64;RegisterExtension
 * final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(QueuedIssue.class, SlaState.class);
 * </pre>
 * and use {@link #activeObjects()} in each test.
 */
public final class ActiveObjectsDatabase implements BeforeEachCallback, AfterEachCallback {

    /** The table prefix Jira would give a plugin: {@code AO_} and six hex digits of the namespace's digest. */
    public static final String TABLE_PREFIX = "AO_5C1E7D_";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final List<Class<? extends RawEntity<?>>> entities;
    private EntityManager entityManager;
    private TestActiveObjects activeObjects;

    private ActiveObjectsDatabase(List<Class<? extends RawEntity<?>>> entities) {
        this.entities = entities;
    }

    @SafeVarargs
    public static ActiveObjectsDatabase of(Class<? extends RawEntity<?>>... entities) {
        return new ActiveObjectsDatabase(List.of(entities));
    }

    public ActiveObjects activeObjects() {
        if (activeObjects == null) {
            throw new IllegalStateException("the database exists during a test only");
        }
        return activeObjects;
    }

    public EntityManager entityManager() {
        return activeObjects.entityManager();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforeEach(ExtensionContext context) {
        String url = "jdbc:h2:mem:ao" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        entityManager = EntityManagerBuilder.url(url).username("sa").password("")
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(TABLE_PREFIX::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        activeObjects = new TestActiveObjects(entityManager);
        activeObjects.migrate(entities.toArray(Class[]::new));
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } finally {
            activeObjects = null;
            entityManager = null;
        }
    }
}
