package org.vscp.rest.app;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.config.ConfigLoader;
import org.vscp.rest.config.ConfigLocator;
import org.vscp.rest.config.LoadedConfig;
import org.vscp.rest.config.ServerConfig;
import org.vscp.rest.config.ServerGuidSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.format.ResponseRenderer;
import org.vscp.rest.http.VscpRestServlet;
import org.vscp.rest.operation.EventOperations;
import org.vscp.rest.operation.OperationDispatcher;
import org.vscp.rest.operation.SessionOperations;
import org.vscp.rest.operation.WaitingReads;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.security.ClientAddressResolver;
import org.vscp.rest.security.LoginThrottle;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.SessionExpiry;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;

/**
 * Starts and stops the server with the web application: loads the configuration, builds every
 * part, registers {@link VscpRestServlet} at {@code /rest}, and on undeploy stops the background
 * task and closes all sessions.
 */
@WebListener
public final class VscpRestApplication implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(VscpRestApplication.class.getName());

    private SessionManager sessions;
    private SessionExpiry expiry;
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
        sessions = new SessionManager(bus, new SessionKeys(random), clock, serverGuid,
                config.queueSize(), config.maxSessions(), config.sessionIdleTimeout());
        Authenticator authenticator = new Authenticator(loaded.users(),
                new LoginThrottle(config.loginMaxFailures(), config.loginLockout(), clock));
        waitingReads = startWaitingReads(config);
        OperationDispatcher dispatcher = new OperationDispatcher(sessions,
                new SessionOperations(sessions, authenticator),
                new EventOperations(bus, clock, waitingReads));

        VscpRestServlet servlet = new VscpRestServlet(config.maxBodyBytes(),
                config.maxParameterLength(), new ClientAddressResolver(config.trustedProxies()),
                dispatcher, new ResponseRenderer(config.mapHttpStatus()),
                asyncTimeoutMillis(config));
        ServletRegistration.Dynamic registration = context.addServlet("vscp-rest", servlet);
        registration.addMapping("/rest");
        // A readevent that waits for an event must not hold a container thread.
        registration.setAsyncSupported(true);

        expiry = new SessionExpiry(sessions, SessionExpiry.periodFor(config.sessionIdleTimeout()));
        expiry.start();

        LOG.info(() -> "VSCP REST server started at " + context.getContextPath() + "/rest: "
                + "server GUID " + serverGuid + ", " + loaded.users().size() + " users, "
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

    @Override
    public void contextDestroyed(ServletContextEvent event) {
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
        LOG.info("VSCP REST server stopped");
    }
}
