require 'net/ldap'

class DirectoryController < ApplicationController
  def search
    ldap = Net::LDAP.new(host: 'ldap.corp', port: 389)
    filter = Net::LDAP::Filter.eq('cn', params[:name].to_s)
    entries = ldap.search(base: 'dc=corp', filter: filter) || []
    render json: entries.map { |e| e[:mail].first }
  end
end
