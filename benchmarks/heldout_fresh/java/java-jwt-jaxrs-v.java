package com.example.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@Path("/me")
public class ProfileResource {

    @GET
    @Produces("application/json")
    public Response me(@HeaderParam("Authorization") String auth) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        DecodedJWT jwt = JWT.decode(auth.substring(7));
        String userId = jwt.getSubject();
        return Response.ok(ProfileRepository.load(userId)).build();
    }
}
