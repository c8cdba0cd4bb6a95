require "net/ldap"

class DirectoryController < ApplicationController
  BASE = "ou=groups,dc=acme,dc=test"

  def groups
    ldap = Net::LDAP.new(host: "ldap.acme.test", port: 636, encryption: :simple_tls,
                         auth: { method: :simple, username: ENV["LDAP_BIND_DN"],
                                 password: ENV["LDAP_BIND_PW"] })
    filter = Net::LDAP::Filter.construct("(&(objectClass=groupOfNames)(member=uid=#{params[:uid]},ou=people,dc=acme,dc=test))")
    names = ldap.search(base: BASE, filter: filter, attributes: ["cn"]).to_a.map { |e| e.cn.first }
    render json: names
  end
end
