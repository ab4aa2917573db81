package nl.cursusschrift.lms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/** The registered platforms: reading them, and registering or removing one (each one transaction). */
public final class Platforms {
    private final LtiSql sql;
    private final Transactions transactions;
    private final Clock clock;

    public Platforms(Database db, Transactions transactions, Clock clock) {
        this.sql = db.reads().onDemand(LtiSql.class);
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Platform> all() {
        List<String> pairs = sql.deploymentPairs();
        return sql.platforms().stream().map(p -> p.with(deploymentsOf(p.id(), pairs))).toList();
    }

    public Optional<Platform> byId(String id) {
        return sql.platform(id).map(p -> p.with(deploymentsOf(p.id(), sql.deploymentPairs())));
    }

    /**
     * The platform a login or launch names. Platforms such as Canvas use one issuer for many registrations,
     * so the client id decides; without one, only an issuer with a single registration is unambiguous.
     */
    public Optional<Platform> find(String issuer, String clientId) {
        if (issuer == null || issuer.isBlank()) return Optional.empty();
        List<Platform.Row> rows = sql.platformsOf(issuer);
        Optional<Platform.Row> row = clientId == null || clientId.isBlank()
                ? (rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty())
                : rows.stream().filter(r -> r.clientId().equals(clientId)).findFirst();
        return row.map(r -> r.with(deploymentsOf(r.id(), sql.deploymentPairs())));
    }

    public boolean deploymentRegistered(String platformId, String deploymentId) {
        return deploymentId != null && sql.deploymentCount(platformId, deploymentId) > 0;
    }

    public boolean taken(String issuer, String clientId) {
        return sql.platformsOf(issuer).stream().anyMatch(r -> r.clientId().equals(clientId));
    }

    /** Stores a registration already checked by {@link Registration}. */
    public Platform add(Registration.Valid r) {
        String id = Ids.random();
        long now = clock.millis();
        transactions.run(tx -> {
            LtiSql w = tx.sql(LtiSql.class);
            w.insertPlatform(id, r.issuer(), r.clientId(), r.authUrl(), r.tokenUrl(), r.jwksUrl(), now);
            for (String d : r.deploymentIds()) w.insertDeployment(id, d);
            tx.publish(new LtiEvents.PlatformRegistered(id));
            return null;
        });
        return new Platform(id, r.issuer(), r.clientId(), r.authUrl(), r.tokenUrl(), r.jwksUrl(), now, r.deploymentIds());
    }

    /** Removes the platform and everything learnt from it (identities, links, pending scores); accounts and cohorts stay. */
    public boolean remove(String id) {
        return transactions.run(tx -> {
            boolean removed = tx.sql(LtiSql.class).deletePlatform(id) > 0;
            if (removed) tx.publish(new LtiEvents.PlatformRemoved(id));
            return removed;
        });
    }

    private static List<String> deploymentsOf(String platformId, List<String> pairs) {
        List<String> out = new ArrayList<>();
        for (String pair : pairs) {
            if (pair.startsWith(platformId + " ")) out.add(pair.substring(platformId.length() + 1));
        }
        return out;
    }
}
