require "roda"

class DnsTool < Roda
  plugin :json
  plugin :halt

  DOMAIN = /\A[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+\z/i

  def lookup(domain)
    IO.popen(["dig", "+short", "A", domain], err: [:child, :out], &:read)
  end

  route do |r|
    r.get "dns" do
      domain = r.params["domain"].to_s
      r.halt(400, "bad domain") unless domain.match?(DOMAIN)
      { domain: domain, records: lookup(domain).split("\n") }
    end
  end
end
