package com.example.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@Path("/me")
public class ProfileResource {
    private static final JWTVerifier VERIFIER =
            JWT.require(Algorithm.HMAC256(System.getenv("JWT_SECRET"))).withIssuer("auth.example.com").build();

    @GET
    @Produces("application/json")
    public Response me(@HeaderParam("Authorization") String auth) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        DecodedJWT jwt;
        try {
            jwt = VERIFIER.verify(auth.substring(7));
        } catch (JWTVerificationException e) {
            return Response.status(401).build();
        }
        return Response.ok(ProfileRepository.load(jwt.getSubject())).build();
    }
}
