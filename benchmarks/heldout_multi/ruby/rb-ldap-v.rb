require 'net/ldap'

class DirectoryController < ApplicationController
  def search
    ldap = Net::LDAP.new(host: 'ldap.corp', port: 389)
    filter = Net::LDAP::Filter.construct("(cn=#{params[:name]})")
    entries = ldap.search(base: 'dc=corp', filter: filter) || []
    render json: entries.map { |e| e[:mail].first }
  end
end
