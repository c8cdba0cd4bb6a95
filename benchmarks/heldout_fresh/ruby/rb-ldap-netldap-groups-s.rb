require "net/ldap"

class Directory
  def initialize
    @ldap = Net::LDAP.new(host: "ldap.example.org", port: 636, encryption: :simple_tls,
                          auth: { method: :simple, username: ENV["LDAP_BIND_DN"], password: ENV["LDAP_BIND_PW"] })
  end

  def groups_for(username)
    member_dn = "uid=#{Net::LDAP::DN.escape(username)},ou=people,dc=example,dc=org"
    filter = Net::LDAP::Filter.equals("objectClass", "groupOfNames") & Net::LDAP::Filter.equals("member", member_dn)
    @ldap.search(base: "ou=groups,dc=example,dc=org", filter: filter, attributes: ["cn"]).map { |e| e.cn.first }
  end
end
