require "roda"

class DnsTool < Roda
  plugin :json

  def lookup(domain)
    IO.popen("dig +short A #{domain}", err: [:child, :out], &:read)
  end

  route do |r|
    r.get "dns" do
      domain = r.params["domain"].to_s
      { domain: domain, records: lookup(domain).split("\n") }
    end
  end
end
