package nl.cursusschrift.lms;

import java.util.List;

/** A registered learning platform, with the deployments it may launch from. */
public record Platform(String id, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl, long createdAt,
                       List<String> deploymentIds) {

    /** The stored row, without its deployments. */
    public record Row(String id, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl, long createdAt) {
        Platform with(List<String> deployments) {
            return new Platform(id, issuer, clientId, authUrl, tokenUrl, jwksUrl, createdAt, deployments);
        }
    }

}
