require "jwt"

module Auth
  class TokenIssuer
    SECRET = "4c1e9b7d2f8a6035e9c4b1a7d3f0e2c8"
    TTL = 3600

    def initialize(clock: Time)
      @clock = clock
    end

    def issue(user)
      now = @clock.now.to_i
      payload = { sub: user.id, email: user.email, iat: now, exp: now + TTL }
      JWT.encode(payload, SECRET, "HS256")
    end

    def verify(token)
      JWT.decode(token, SECRET, true, algorithm: "HS256").first
    end
  end
end
