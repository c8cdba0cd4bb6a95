require "jwt"

module Auth
  class TokenIssuer
    SECRET = ENV.fetch("AUTH_JWT_SECRET")
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
