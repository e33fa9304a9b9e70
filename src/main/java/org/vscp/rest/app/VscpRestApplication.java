package org.vscp.rest.app;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.bridge.BridgeConfig;
import org.vscp.rest.bridge.BridgeManager;
import org.vscp.rest.bridge.BridgesFileReader;
import org.vscp.rest.config.ConfigLoader;
import org.vscp.rest.config.ConfigLocator;
import org.vscp.rest.config.LoadedConfig;
import org.vscp.rest.config.ServerConfig;
import org.vscp.rest.config.ServerGuidSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.format.ResponseRenderer;
import org.vscp.rest.health.BridgeHealthCheck;
import org.vscp.rest.health.ConfigurationHealthCheck;
import org.vscp.rest.health.DatabaseHealthCheck;
import org.vscp.rest.health.HealthCheck;
import org.vscp.rest.health.HealthProbe;
import org.vscp.rest.health.HealthServlet;
import org.vscp.rest.http.VscpRestServlet;
import org.vscp.rest.mdf.MdfFetcher;
import org.vscp.rest.mdf.MdfOperations;
import org.vscp.rest.measurement.MeasurementOperations;
import org.vscp.rest.table.TableFeature;
import org.vscp.rest.table.TableOperations;
import org.vscp.rest.operation.EventOperations;
import org.vscp.rest.operation.OperationDispatcher;
import org.vscp.rest.operation.SessionOperations;
import org.vscp.rest.operation.VariableOperations;
import org.vscp.rest.operation.WaitingReads;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.security.ClientAddressResolver;
import org.vscp.rest.security.LoginThrottle;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.SessionExpiry;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;
import org.vscp.rest.storage.DriverRelease;
import org.vscp.rest.storage.Storage;
import org.vscp.rest.storage.StorageException;
import org.vscp.rest.storage.StorageFactory;
import org.vscp.rest.variable.JdbcVariableRepository;
import org.vscp.rest.variable.MemoryVariableRepository;
import org.vscp.rest.variable.StockVariables;
import org.vscp.rest.variable.VariableService;
import org.vscp.rest.variable.VariableStore;

/**
 * Starts and stops the server with the web application: loads the configuration, builds every
 * part, registers {@link VscpRestServlet} at {@code /rest} and {@link HealthServlet} at
 * {@code /health}, and on undeploy stops the background task and closes all sessions.
 */
@WebListener
public final class VscpRestApplication implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(VscpRestApplication.class.getName());

    /** The servlet context attribute that holds the {@link BridgeManager}. */
    public static final String BRIDGES_ATTRIBUTE = "org.vscp.rest.bridges";

    private SessionManager sessions;
    private SessionExpiry expiry;
    private BridgeManager bridges;
    private Storage storage;
    private TableFeature tables;
    private WaitingReads waitingReads;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        LoadedConfig loaded = ConfigLoader.load(ConfigLocator.ofSystem(context::getInitParameter));
        ServerConfig config = loaded.config();
        if (!loaded.isUsable()) {
            LOG.severe(() -> "The configuration has " + loaded.problems().size()
                    + " problems; every login is rejected until they are fixed and the "
                    + "application is restarted.");
        }

        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        Guid serverGuid = config.serverGuid()
                .orElseGet(() -> new ServerGuidSource(config.dataDir(), random).serverGuid());

        EventBus bus = new EventBus();
        SessionKeys keys = config.clusterRoute()
                .map(route -> new SessionKeys(random, route))
                .orElseGet(() -> new SessionKeys(random));
        sessions = new SessionManager(bus, keys, clock, serverGuid,
                config.queueSize(), config.maxSessions(), config.sessionIdleTimeout());
        Authenticator authenticator = new Authenticator(loaded.users(),
                new LoginThrottle(config.loginMaxFailures(), config.loginLockout(), clock));
        waitingReads = startWaitingReads(config);
        bridges = startBridges(config, bus, serverGuid, clock);
        context.setAttribute(BRIDGES_ATTRIBUTE, bridges);

        VariableOperations variables = startVariables(config, serverGuid, clock);
        TableOperations tableOperations = startTables(config, bus, clock);
        MdfOperations mdfOperations = new MdfOperations(new MdfFetcher(config.mdf(), clock));
        OperationDispatcher dispatcher = new OperationDispatcher(sessions,
                new SessionOperations(sessions, authenticator, loaded.isUsable()),
                new EventOperations(bus, clock, waitingReads), variables,
                new MeasurementOperations(bus, clock), tableOperations, mdfOperations);

        VscpRestServlet servlet = new VscpRestServlet(config.maxBodyBytes(),
                config.maxParameterLength(), new ClientAddressResolver(config.trustedProxies()),
                dispatcher, new ResponseRenderer(config.mapHttpStatus()),
                asyncTimeoutMillis(config));
        ServletRegistration.Dynamic registration = context.addServlet("vscp-rest", servlet);
        registration.addMapping("/rest");
        // A readevent that waits for an event must not hold a container thread.
        registration.setAsyncSupported(true);

        startHealth(context, List.of(new ConfigurationHealthCheck(loaded),
                new DatabaseHealthCheck(() -> storage == null ? null : storage.dataSource()),
                new BridgeHealthCheck(bridges::allConnected)));

        expiry = new SessionExpiry(sessions, SessionExpiry.periodFor(config.sessionIdleTimeout()));
        expiry.start();

        LOG.info(() -> "VSCP REST server started at " + context.getContextPath() + "/rest: "
                + "server GUID " + serverGuid + ", users: " + loaded.users().size() + ", "
                + "at most " + config.maxSessions() + " sessions of " + config.queueSize()
                + " events");
    }

    /** Creates the registry of waiting readevent requests with one thread per processor. */
    private static WaitingReads startWaitingReads(ServerConfig config) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new WaitingReads(config.readEventMaxWait(), WaitingReads.newExecutor(threads));
    }

    /** Returns the container's backstop time-out: the longest wait plus 30 seconds. */
    private static long asyncTimeoutMillis(ServerConfig config) {
        return config.readEventMaxWait().toMillis() + 30_000;
    }

    /**
     * Registers the unauthenticated health endpoint at {@code /health}. Features that the server
     * cannot work without, such as a database, add their {@link HealthCheck} to {@code checks}.
     */
    private static void startHealth(ServletContext context, List<HealthCheck> checks) {
        HealthServlet servlet = new HealthServlet(new HealthProbe(checks));
        context.addServlet("vscp-health", servlet).addMapping("/health");
    }

    /**
     * Reads {@code bridges.json} from the configuration directory and starts the bridges it names.
     * A bridge with a bad setting is logged and left out; the others start.
     */
    private static BridgeManager startBridges(ServerConfig config, EventBus bus, Guid serverGuid,
            Clock clock) {
        List<BridgeConfig> configs = List.of();
        if (config.configDir().isPresent()) {
            Path file = config.configDir().get().resolve(BridgesFileReader.FILE_NAME);
            List<String> problems = new ArrayList<>();
            configs = new BridgesFileReader(file, problems).read();
            for (String problem : problems) {
                LOG.severe(problem + " That bridge does not run until the file is fixed and the"
                        + " application restarted.");
            }
        }

        BridgeManager manager = BridgeManager.create(configs, bus, serverGuid, clock);
        manager.startAll();
        if (!manager.bridges().isEmpty()) {
            LOG.info(() -> "Started " + manager.bridges().size() + " bridges");
        }
        return manager;
    }

    /**
     * Opens the storage and builds the variable operations. Blocks while the database opens and
     * its schema migrates.
     *
     * @return null when the storage could not be opened; the variable operations then answer
     *     with an error and the rest of the server works
     */
    private VariableOperations startVariables(ServerConfig config, Guid serverGuid, Clock clock) {
        try {
            storage = StorageFactory.open(config.storageJndiName(), config.dataDir());
        } catch (StorageException e) {
            LOG.log(Level.SEVERE, "The variable storage did not start, so the variable"
                    + " operations answer with an error: " + e.getMessage(), e);
            return null;
        }

        StockVariables stock = new StockVariables(version(), clock.instant(),
                sessions::openCount, serverGuid.toString(), clock, bridges::stockVariableValue);
        VariableStore store = new VariableStore(stock, new MemoryVariableRepository(),
                new JdbcVariableRepository(storage.dataSource()));
        return new VariableOperations(new VariableService(store, clock));
    }

    /**
     * Starts the table recorder on the bus and builds the table operation.
     *
     * @return null when the storage did not start or the tables file is invalid; the table
     *     operation then answers -5 and the rest of the server works
     */
    private TableOperations startTables(ServerConfig config, EventBus bus, Clock clock) {
        if (storage == null) {
            LOG.severe("The tables are off because the storage did not start.");
            return null;
        }
        try {
            tables = TableFeature.start(config.configDir(), storage.dataSource(), bus, clock);
            return tables.operations();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "The tables are off: " + e.getMessage(), e);
            return null;
        }
    }

    /** Stops the table recorder after it stored the queued rows; runs before the storage closes. */
    private void stopTables() {
        try {
            if (tables != null) {
                tables.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("Interrupted while the table recorder stored its last rows");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping the table recorder failed", e);
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = VscpRestApplication.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Reading the version file failed", e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** Closes the storage pool and deregisters the JDBC drivers of this application. */
    private void stopStorage() {
        try {
            if (storage != null) {
                storage.close();
                if (storage.ownsPool()) {
                    LOG.info(() -> "Closed " + storage.description());
                }
            }
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "Closing the storage failed; its connections may stay open"
                    + " until the JVM exits", e);
        }

        List<String> failures = DriverRelease.deregisterDriversOf(
                VscpRestApplication.class.getClassLoader());
        failures.forEach(LOG::warning);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            if (bridges != null) {
                List<String> failures = bridges.stopAll();
                if (!failures.isEmpty()) {
                    LOG.warning(() -> failures.size() + " bridges could not release everything: "
                            + failures);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping the bridges failed", e);
        }

        try {
            if (expiry != null) {
                expiry.stop();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping the session expiry task failed", e);
        }

        try {
            if (sessions != null) {
                int open = sessions.openCount();
                sessions.closeAll();
                LOG.info(() -> "Closed " + open + " open sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the open sessions failed", e);
        }

        // After the sessions, whose closing already answered their waiting requests.
        try {
            if (waitingReads != null) {
                waitingReads.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending the waiting readevent requests failed", e);
        }

        stopTables();
        stopStorage();
        LOG.info("VSCP REST server stopped");
    }
}
