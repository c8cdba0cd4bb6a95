require "net/ldap"

class DirectoryLookup
  def initialize
    @ldap = Net::LDAP.new(
      host: "ldap.example.edu", port: 636, encryption: :simple_tls,
      auth: { method: :simple, username: "cn=lookup,dc=example,dc=edu", password: ENV.fetch("LDAP_LOOKUP_PW") }
    )
  end

  def find_student(student_id)
    filter = Net::LDAP::Filter.eq("objectClass", "eduPerson") & Net::LDAP::Filter.equals("employeeNumber", student_id.to_s)
    @ldap.search(base: "ou=students,dc=example,dc=edu", filter: filter, attributes: %w[cn mail]).to_a
  end
end

class StudentsController < ApplicationController
  def show
    entries = DirectoryLookup.new.find_student(params[:id])
    render json: entries.map { |e| { name: e[:cn].first, mail: e[:mail].first } }
  end
end
